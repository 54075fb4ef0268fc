// Root hook, run after every test file: stops the language servers a failed test left running, so that mocha
// ends instead of waiting on their pipes. It checks nothing itself.
import type { ChildProcess } from 'node:child_process';

after(() => {
  const running = (globalThis as { __delibServers?: Set<ChildProcess> }).__delibServers;
  for (const child of running ?? []) child.kill();
});
