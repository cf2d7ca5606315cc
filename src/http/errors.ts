/** An error with an HTTP status. `expose`d (status < 500) messages go to the caller; others become a generic 500. */
export class HttpError extends Error {
  readonly expose: boolean;
  constructor(
    readonly statusCode: number,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'HttpError';
    this.expose = statusCode < 500;
  }
}
