/** @jest-environment node */
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { fluentThemeFor, luminance } from '../../../addin/taskpane/office-theme';

describe('the pane follows the Office theme', () => {
  it('dark and black Office themes give the dark Fluent theme; white and colourful the light one', () => {
    expect(fluentThemeFor({ bodyBackgroundColor: '#262626' }, false)).toBe(webDarkTheme); // dark grey
    expect(fluentThemeFor({ bodyBackgroundColor: '#000000' }, false)).toBe(webDarkTheme); // black
    expect(fluentThemeFor({ bodyBackgroundColor: '#FFFFFF' }, true)).toBe(webLightTheme); // white
    expect(fluentThemeFor({ bodyBackgroundColor: '#E6E6E6' }, true)).toBe(webLightTheme); // colourful
  });

  it('outside Office the browser preference decides', () => {
    expect(fluentThemeFor(undefined, true)).toBe(webDarkTheme);
    expect(fluentThemeFor({ bodyBackgroundColor: 'not a colour' }, false)).toBe(webLightTheme);
  });

  it('luminance of #rgb and #rrggbb', () => {
    expect(luminance('#fff')).toBeCloseTo(1, 6);
    expect(luminance('000000')).toBe(0);
    expect(luminance('#12')).toBeNull();
  });
});
