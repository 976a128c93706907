import { Button, Field, Input, Text } from '@fluentui/react-components';
import { addressInRanges, allowListLabel } from '../../core';
import { SettingsSection } from './settings-section';
import { issueFor, type SettingsIssue } from './settings-validation';

/** A range holding exactly one address: /32 for IPv4, /128 for IPv6. */
export function singleAddressRange(address: string): string {
  return `${address}/${address.includes(':') ? 128 : 32}`;
}

/**
 * The admin IP allow-list: CIDR ranges that may use the console and `/admin/*`, one row each,
 * with the address this console calls from (GET /admin/whoami) and a button to add it.
 */
export function IpAllowListEditor(props: {
  value: readonly string[];
  issues: readonly SettingsIssue[];
  /** The caller's address as the API sees it; null while unknown. */
  sourceIp: string | null;
  onChange: (next: string[]) => void;
}) {
  const { value, issues, sourceIp, onChange } = props;
  const covered = sourceIp !== null && addressInRanges(sourceIp, value);
  const listIssue = issueFor(issues, 'adminIpAllowList');
  return (
    <SettingsSection title="Admin IP allow-list">
      <Text>
        Only these address ranges (CIDR, IPv4 or IPv6) may use the admin console and the admin API.
        With no range, every address may. The list must contain the address you save it from.
      </Text>
      <Text weight="semibold">
        {sourceIp === null
          ? 'Your current address: not known yet'
          : `Your current address: ${sourceIp}${value.length === 0 ? '' : covered ? ' (allowed)' : ' (not in the list)'}`}
      </Text>
      {value.map((range, i) => (
        <div key={i} style={{ display: 'flex', gap: 8, alignItems: 'end' }}>
          <Field
            label={allowListLabel(i)}
            validationMessage={issueFor(issues, `adminIpAllowList[${i}]`)}
          >
            <Input
              value={range}
              placeholder="203.0.113.0/24"
              onChange={(_, v) => onChange(value.map((r, j) => (j === i ? v.value : r)))}
            />
          </Field>
          <Button onClick={() => onChange(value.filter((_, j) => j !== i))}>
            {`Remove ${allowListLabel(i).toLowerCase()}`}
          </Button>
        </div>
      ))}
      {listIssue && (
        <Text role="alert" style={{ color: 'var(--colorPaletteRedForeground1)' }}>
          {`Admin IP allow-list ${listIssue}`}
        </Text>
      )}
      <div style={{ display: 'flex', gap: 8 }}>
        <Button onClick={() => onChange([...value, ''])}>Add range</Button>
        {sourceIp !== null && !covered && (
          <Button onClick={() => onChange([...value, singleAddressRange(sourceIp)])}>
            {`Add my address (${singleAddressRange(sourceIp)})`}
          </Button>
        )}
      </div>
    </SettingsSection>
  );
}
