import { describe, expect, it } from 'vitest';
import { WEBHOOK_EVENTS, retryable, validateWebhookForm, webhookBody } from '@/lib/webhooks';
import zh from '@/i18n/zh-CN';
import en from '@/i18n/en';

describe('the webhook form', () => {
  const ok = { url: 'https://hooks.example.org/pilotboard', events: ['task.created'], description: '' };
  it('accepts absolute http(s) URLs and at least one known event', () => {
    expect(validateWebhookForm(ok)).toEqual({});
    expect(validateWebhookForm({ ...ok, url: ' http://127.0.0.1:9000/hook?x=1 ' })).toEqual({});
  });
  it('refuses other URLs, as the server does', () => {
    expect(validateWebhookForm({ ...ok, url: '' }).url).toBe('required');
    for (const url of [
      'ftp://x.org/a',
      'hooks.example.org',
      '/relative',
      'javascript:alert(1)',
      'https://u:p@x.org/',
      'https://x.org/a#frag',
      'https://x.org/a b',
      `https://x.org/${'a'.repeat(2000)}`,
    ]) {
      expect(validateWebhookForm({ ...ok, url }).url, url).toBe('webhookUrl');
    }
  });
  it('needs an event it knows', () => {
    expect(validateWebhookForm({ ...ok, events: [] }).events).toBe('eventsRequired');
    expect(validateWebhookForm({ ...ok, events: ['task.deleted'] }).events).toBe('eventsRequired');
  });
  it('sends the known events in a fixed order and no empty description', () => {
    expect(
      webhookBody({
        url: ' https://x.org/h ',
        events: ['milestone.status_changed', 'task.created', 'nope'],
        description: ' ',
      }),
    ).toEqual({ url: 'https://x.org/h', events: ['task.created', 'milestone.status_changed'] });
    expect(webhookBody({ ...ok, description: ' 省统计局 ' }).description).toBe('省统计局');
  });
  it('offers a retry unless the delivery is being sent', () => {
    expect(retryable({ status: 'failed', inFlight: false })).toBe(true);
    expect(retryable({ status: 'pending', inFlight: true })).toBe(false);
  });
  it('names every event and outcome in both languages', () => {
    for (const messages of [en, zh]) {
      const names = messages.console.webhooks.eventNames as Record<string, string>;
      for (const e of WEBHOOK_EVENTS) expect(names[e.replace(/\./g, '_')], e).toBeTruthy();
      expect(Object.keys(messages.console.webhooks.statusNames).sort()).toEqual(['delivered', 'failed', 'pending']);
    }
  });
});
