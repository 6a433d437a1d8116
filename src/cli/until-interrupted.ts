/**
 * The signal that stops a long-running command (`build --watch`, `serve`): the caller's, or Ctrl+C. While this
 * listens, the interrupt clean-up steps aside (cli/interrupt.ts), so the command can finish what it is doing.
 */
export function interruptSignal(given?: AbortSignal): { signal: AbortSignal; release: () => void } {
  if (given) return { signal: given, release: () => {} };
  const controller = new AbortController();
  const onSigint = () => controller.abort();
  process.once('SIGINT', onSigint);
  return { signal: controller.signal, release: () => process.off('SIGINT', onSigint) };
}
