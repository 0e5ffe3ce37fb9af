import type { TypedDocumentString } from './__generated__/graphql';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

interface Body<Result> {
  data?: Result;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function post<Result>(payload: Record<string, unknown>): Promise<{ status: number; body: Body<Result> }> {
  const response = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) });
  return { status: response.status, body: (await response.json()) as Body<Result> };
}

/**
 * POSTs a typed operation to the API this page was served by. Codegen persisted the page's
 * operations (src/persisted.ts), so the page sends only the operation's hash; a server without
 * it (PERSISTED_QUERY_NOT_FOUND) gets the operation's text instead.
 */
export async function request<Result, Variables>(document: TypedDocumentString<Result, Variables>, variables: Variables): Promise<Result> {
  const hash = (document.__meta__ as { hash?: string } | undefined)?.hash?.replace(/^sha256:/, '');
  let answer = hash ? await post<Result>({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }) : null;
  if (!answer || answer.body.errors?.[0]?.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND') {
    answer = await post<Result>({ query: document.toString(), variables });
  }
  const error = answer.body.errors?.[0];
  if (error) throw new ApiError(error.message, error.extensions?.code);
  if (!answer.body.data) throw new ApiError(`The API answered ${answer.status} without data.`, undefined);
  return answer.body.data;
}
