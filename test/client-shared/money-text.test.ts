import { moneyText } from '../../client-shared/format/money-text';

describe('moneyText (amounts in the task pane and the console)', () => {
  it('rounds the exact decimal half-up, where a float would round 1.005 down', () => {
    expect(Number('1.005').toFixed(2)).toBe('1.00');
    expect(moneyText('1.005', 'USD', 'code')).toBe('USD 1.01');
    expect(moneyText('436.686', 'USD', 'code')).toBe('USD 436.69');
  });

  it('groups thousands and shows the symbol or the code', () => {
    expect(moneyText('123456.785', 'USD', 'symbol')).toBe('$123,456.79');
    expect(moneyText('5240.232', 'EUR', 'code')).toBe('EUR 5,240.23');
    expect(moneyText('-12.5', 'EUR', 'symbol')).toBe('-€12.50');
    expect(moneyText('0', 'USD', 'code')).toBe('USD 0.00');
  });

  it('shows text that is not a decimal as it came, never NaN', () => {
    expect(moneyText('n/a', 'USD', 'code')).toBe('USD n/a');
  });
});
