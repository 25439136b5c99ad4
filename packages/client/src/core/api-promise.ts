// What every method returns: a promise of the result whose request starts when the method is
// called, and `.withResponse()` for the raw `Response` beside the result.

/** A result and the raw `Response` it came from. */
export interface WithResponse<T> {
  /** What the method resolves to. */
  data: T;
  /** The raw response the result came from (its body has been read). */
  response: Response;
}

const ignore = () => {};

/**
 * What every method returns: await it for the result, or call `.withResponse()` for the result and the
 * raw `Response`. The request starts when the method is called, awaited or not, and is sent once
 * however often the promise is awaited. A call nobody awaits does not become an unhandled rejection.
 */
export class APIPromise<T> implements PromiseLike<T> {
  readonly #started: Promise<WithResponse<T>>;

  constructor(run: () => Promise<WithResponse<T>>) {
    this.#started = run();
    // Handled here, so a call that is never awaited is not an unhandled rejection; awaiting it still rejects.
    this.#started.catch(ignore);
  }

  /** The result and the raw `Response` it came from (its body has been read). */
  withResponse(): Promise<WithResponse<T>> {
    return this.#started;
  }

  /** Resolves to the result, or rejects with the call's error (a `CometChatError`). */
  then<R1 = T, R2 = never>(onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null, onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null): Promise<R1 | R2> {
    return this.#started.then(onfulfilled ? ({ data }) => onfulfilled(data) : ({ data }) => data as never, onrejected);
  }

  /** Handles the call's error, as `Promise.prototype.catch` does. */
  catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<T | R> {
    return this.then(undefined, onrejected);
  }

  /** Runs `onfinally` when the call settles, as `Promise.prototype.finally` does. */
  finally(onfinally?: (() => void) | null): Promise<T> {
    return this.then().finally(onfinally);
  }

  get [Symbol.toStringTag](): string {
    return 'APIPromise';
  }
}
