// The esbuild options every bundle of the project shares: Node 20, CommonJS, source maps, into dist/.
export const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  outdir: 'dist',
};
