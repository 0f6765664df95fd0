import { ref } from 'vue';

/** The asOf date every API call carries (null: current state). Kept in sync with ?asOf= by the router. */
export const asOfState = ref<string | null>(null);

/** The "today" the server last answered with (summary and timeline carry it). */
export const serverToday = ref<string | null>(null);
