import { createAppStore } from '../../../addin/state/app-store';
import { runStep } from '../../../addin/workflow/step-runner';

describe('step messages', () => {
  it('a step run replaces what its previous run said and keeps other steps’ messages', async () => {
    const store = createAppStore();
    await runStep(store, 'Calculate', async () =>
      store.getState().say('success', 'Estimate written', '2 lines'),
    );
    await runStep(store, 'Validate', async () =>
      store.getState().say('warning', 'Fix the marked cells', '1 error'),
    );
    await runStep(store, 'Validate', async () =>
      store.getState().say('success', 'Workbook is valid', '2 rows read'),
    );
    expect(store.getState().messages.map((m) => m.title)).toEqual([
      'Estimate written',
      'Workbook is valid',
    ]);
  });

  it('a failure belongs to its step too, and the next successful run clears it', async () => {
    const store = createAppStore();
    await runStep(store, 'Compare', async () => {
      throw new Error('API down');
    });
    expect(store.getState().messages).toHaveLength(1);
    expect(store.getState().messages[0]?.intent).toBe('error');
    await runStep(store, 'Compare', async () =>
      store.getState().say('success', 'Comparison written', '3 scenarios'),
    );
    expect(store.getState().messages.map((m) => m.title)).toEqual(['Comparison written']);
    expect(store.getState().activeStep).toBeNull();
  });

  it('messages said outside a step are kept until dismissed', async () => {
    const store = createAppStore();
    store.getState().say('info', 'Signed in', 'Welcome');
    await runStep(store, 'Validate', async () =>
      store.getState().say('success', 'Workbook is valid', 'ok'),
    );
    await runStep(store, 'Validate', async () =>
      store.getState().say('success', 'Workbook is valid', 'ok again'),
    );
    expect(store.getState().messages.map((m) => m.text)).toEqual(['Welcome', 'ok again']);
  });
});
