import type { TypedDocumentString } from './__generated__/graphql';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

/** POSTs a typed operation to the API this page was served by. */
export async function request<Result, Variables>(document: TypedDocumentString<Result, Variables>, variables: Variables): Promise<Result> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  const body = (await response.json()) as { data?: Result; errors?: { message: string; extensions?: { code?: string } }[] };
  const error = body.errors?.[0];
  if (error) throw new ApiError(error.message, error.extensions?.code);
  if (!body.data) throw new ApiError(`The API answered ${response.status} without data.`, undefined);
  return body.data;
}
