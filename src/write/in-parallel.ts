/**
 * Runs the tasks, at most `limit` at a time, in order of starting; the results in the tasks' order. A task that
 * throws stops its worker; the others finish what they started (and go on), and then the first error is thrown, so
 * that nothing is still running when the caller cleans up after it.
 */
export async function inParallel<T>(tasks: readonly (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]!();
    }
  };
  const workers = await Promise.allSettled(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  const failed = workers.find((w): w is PromiseRejectedResult => w.status === 'rejected');
  if (failed) throw failed.reason;
  return results;
}
