import { createAppStore } from '../../../addin/state/app-store';
import { runStep } from '../../../addin/workflow/step-runner';

describe('step messages: one per topic', () => {
  it('a step replaces its topic’s message and drops stale successes of other topics', async () => {
    const store = createAppStore();
    await runStep(store, 'Compare', 'compare', async () =>
      store.getState().say('success', 'Comparison written', '3 scenarios'),
    );
    await runStep(store, 'Validate', 'workbook', async () =>
      store.getState().say('warning', 'Fix the marked cells', '1 error'),
    );
    await runStep(store, 'Calculate', 'workbook', async () =>
      store.getState().say('success', 'Estimate written', '2 lines'),
    );
    expect(store.getState().messages.map((m) => m.title)).toEqual(['Estimate written']);
  });

  it('errors and warnings of another topic stay until that topic runs again', async () => {
    const store = createAppStore();
    await runStep(store, 'Compare', 'compare', async () => {
      throw new Error('API down');
    });
    expect(store.getState().messages.map((m) => [m.topic, m.intent])).toEqual([
      ['compare', 'error'],
    ]);
    await runStep(store, 'Validate', 'workbook', async () =>
      store.getState().say('success', 'Workbook is valid', '2 rows read'),
    );
    expect(store.getState().messages.map((m) => m.topic)).toEqual(['compare', 'workbook']);
    await runStep(store, 'Compare', 'compare', async () =>
      store.getState().say('success', 'Comparison written', '3 scenarios'),
    );
    expect(store.getState().messages.map((m) => m.title)).toEqual(['Comparison written']);
    expect(store.getState().activeTopic).toBeNull();
  });

  it('a message said outside a step belongs to its named topic (session by default)', () => {
    const store = createAppStore();
    store.getState().say('warning', 'Offline', 'cached prices');
    store.getState().say('warning', 'Settings not loaded', 'defaults apply', { topic: 'settings' });
    store.getState().say('warning', 'Offline', 'still offline');
    expect(store.getState().messages.map((m) => `${m.topic}: ${m.text}`)).toEqual([
      'settings: defaults apply',
      'session: still offline',
    ]);
  });
});
