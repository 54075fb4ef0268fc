// The request `deliberation/facts` behind the view « Délibérations : ce qui est lu »: the facts the reader
// understood of each act of an open document (core/features/inspect.ts), taken from the analysis the server keeps
// for the document's current version (computed again only when that version was not analysed yet).
import type { CancellationToken, Connection, ResponseError, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isAnalysis, type Analysis } from '../core/analyze';
import { inspect } from '../core/features/inspect';
import type { Locale } from '../core/types';
import { FACTS_REQUEST, type FactsParams, type FactsResult } from '../shared/protocol';

export interface FactsHost {
  analysisOf(document: TextDocument): Promise<Partial<Analysis>>;
  settingsFor(uri: string): Promise<{ locale: Locale }>;
  /** The server's guard around every handler (logs an exception and answers an error). */
  guard<P extends unknown[], R>(name: string, handler: (...args: P) => R | Promise<R>): (...args: P) => Promise<R | ResponseError<never>>;
}

export function registerFacts(connection: Connection, documents: TextDocuments<TextDocument>, host: FactsHost): void {
  connection.onRequest(
    FACTS_REQUEST,
    host.guard('facts', async (params: FactsParams | null, token: CancellationToken): Promise<FactsResult> => {
      const document = typeof params?.uri === 'string' ? documents.get(params.uri) : undefined;
      if (!document) return [];
      const [analysis, settings] = await Promise.all([host.analysisOf(document), host.settingsFor(document.uri)]);
      // A document too large or binary has only its refusal, no acts.
      if (!isAnalysis(analysis) || token.isCancellationRequested) return [];
      return inspect(analysis as Analysis, document.uri, settings.locale, token);
    }),
  );
}
