// What every method returns: a promise of the result that starts the request when first awaited,
// and `.withResponse()` for the raw `Response` beside the result.

/** A result and the raw `Response` it came from. */
export type WithResponse<T> = { data: T; response: Response };

/**
 * What every method returns: await it for the result, or call `.withResponse()` for the result and the
 * raw `Response`. The request starts when it is first awaited, and is sent once however often it is.
 */
export class APIPromise<T> implements PromiseLike<T> {
  readonly #run: () => Promise<WithResponse<T>>;
  #started: Promise<WithResponse<T>> | undefined;

  constructor(run: () => Promise<WithResponse<T>>) {
    this.#run = run;
  }

  /** The result and the raw `Response` it came from (its body has been read). */
  withResponse(): Promise<WithResponse<T>> {
    this.#started ??= this.#run();
    return this.#started;
  }

  then<R1 = T, R2 = never>(onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null, onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null): Promise<R1 | R2> {
    return this.withResponse().then(onfulfilled ? ({ data }) => onfulfilled(data) : ({ data }) => data as never, onrejected);
  }

  catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<T | R> {
    return this.then(undefined, onrejected);
  }

  finally(onfinally?: (() => void) | null): Promise<T> {
    return this.then().finally(onfinally);
  }

  get [Symbol.toStringTag](): string {
    return 'APIPromise';
  }
}
