/**
 * A module's part the query layer loads on first need (the sound encoder, the Latin-name matcher),
 * so that opening search does not pay its bytes: loaded once, and tried again on the next call after
 * a failed load (the network failed), never left failed for the page's life.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}
