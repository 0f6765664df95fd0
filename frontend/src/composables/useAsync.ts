import { onBeforeUnmount, ref, shallowRef, watch, type Ref, type WatchSource } from 'vue';
import { asOfState } from '@/lib/asOfStore';

export interface AsyncState<T> {
  data: Ref<T | null>;
  error: Ref<unknown>;
  loading: Ref<boolean>;
  /** Runs the loader again; resolves when it has finished (or was overtaken by a newer run). */
  reload: () => Promise<void>;
}

export interface AsyncOptions {
  /**
   * Also run again when the global asOf date changes (default true). The console reads the
   * present only, so its pages turn this off.
   */
  asOf?: boolean;
}

/**
 * The loading and error state of every page: runs loader now and again whenever a source (or the
 * global asOf date) changes. A newer run aborts an older one so that a slow answer never
 * overwrites a newer one.
 */
export function useAsync<T>(
  loader: (signal: AbortSignal) => Promise<T>,
  sources: WatchSource[] = [],
  options: AsyncOptions = {},
): AsyncState<T> {
  const data = shallowRef<T | null>(null) as Ref<T | null>;
  const error = ref<unknown>(null);
  const loading = ref(true);
  let controller: AbortController | null = null;

  async function run() {
    controller?.abort();
    const c = new AbortController();
    controller = c;
    loading.value = true;
    error.value = null;
    try {
      const result = await loader(c.signal);
      if (c.signal.aborted) return;
      data.value = result;
    } catch (e) {
      if (c.signal.aborted || (e as Error)?.name === 'AbortError') return;
      error.value = e;
      data.value = null;
    } finally {
      if (controller === c) loading.value = false;
    }
  }

  watch(options.asOf === false ? sources : [asOfState, ...sources], run, { immediate: true });
  onBeforeUnmount(() => controller?.abort());
  return { data, error, loading, reload: run };
}
