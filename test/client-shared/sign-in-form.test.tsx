import '@testing-library/jest-dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ReactElement } from 'react';
import { SignInForm } from '../../client-shared/auth/sign-in-form';

const ui = (element: ReactElement) =>
  render(<FluentProvider theme={webLightTheme}>{element}</FluentProvider>);

describe('SignInForm', () => {
  it('submits the email and password typed', async () => {
    const onSignIn = jest.fn(async () => undefined);
    ui(<SignInForm busy={false} onSignIn={onSignIn} />);
    fireEvent.change(screen.getByLabelText(/Email/), { target: { value: 'ana@example.com' } });
    fireEvent.change(screen.getByLabelText(/Password/), { target: { value: 'S3cret!' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(onSignIn).toHaveBeenCalledWith('ana@example.com', 'S3cret!'));
  });

  it('cannot be submitted twice while signing in', () => {
    ui(<SignInForm busy onSignIn={jest.fn()} />);
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeDisabled();
  });
});
