import { Card, Subtitle2 } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';

/** A titled group of settings fields: a Fluent card with a heading, announced as a group. */
export function SettingsSection({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <Card role="group" aria-labelledby={id} style={{ display: 'grid', gap: 8 }}>
      <Subtitle2 id={id} as="h3">
        {title}
      </Subtitle2>
      {children}
    </Card>
  );
}
