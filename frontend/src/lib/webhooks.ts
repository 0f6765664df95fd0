// The console's webhook form: the events offered, checks before sending, and the body sent.
import type { WebhookCreate } from '@/api/types';
import type { FieldErrors } from './console';

export const WEBHOOK_EVENTS = ['task.created', 'status_update.posted', 'milestone.status_changed'] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export interface WebhookForm {
  url: string;
  events: string[];
  description: string;
}

/** The same rules as the server's, so most mistakes are shown before sending: keys under console.err. */
export function validateWebhookForm(form: WebhookForm): FieldErrors {
  const errors: FieldErrors = {};
  const url = form.url.trim();
  if (!url) errors.url = 'required';
  else if (url.length > 2000 || !/^https?:\/\/[^\s/?#@]+([/?][^\s#]*)?$/i.test(url)) errors.url = 'webhookUrl';
  if (!form.events.some((e) => (WEBHOOK_EVENTS as readonly string[]).includes(e))) errors.events = 'eventsRequired';
  return errors;
}

/** The create body: the known events in a fixed order, no empty description. */
export function webhookBody(form: WebhookForm): WebhookCreate {
  const body: WebhookCreate = {
    url: form.url.trim(),
    events: WEBHOOK_EVENTS.filter((e) => form.events.includes(e)),
  };
  if (form.description.trim()) body.description = form.description.trim();
  return body;
}

/** Whether a delivery may be sent again by hand: anything not being sent right now. */
export function retryable(d: { status: string; inFlight?: boolean }): boolean {
  return !d.inFlight;
}
