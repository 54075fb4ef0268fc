// Entry point of the language server, bundled to dist/server.js: `node dist/server.js --stdio` (or --node-ipc,
// --socket=PORT, as chosen by vscode-languageserver from the command line).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

startServer(createConnection(ProposedFeatures.all));
