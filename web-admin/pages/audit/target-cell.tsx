import { Link, Text } from '@fluentui/react-components';
import type { AuditLogRow } from '../../../core';
import { useAdmin } from '../../state/admin-store';

/**
 * An entry's target by name, linked where the console shows it: a user to the Users page filtered
 * to their email, the settings and the catalog to their pages. Estimations, documents and uploads
 * have no console page, so only their name is shown; a deleted target shows its id.
 */
export function TargetCell({ entry }: { entry: AuditLogRow }) {
  const open = useAdmin((s) => s.open);
  const openUsers = useAdmin((s) => s.openUsers);
  const { target, targetType, targetId } = entry;
  if (target.deleted)
    return (
      <Text>
        {targetType} {targetId} (deleted)
      </Text>
    );
  const name = target.name ?? `${targetType} ${targetId}`;
  if (targetType === 'user' && target.name)
    return (
      <Link as="button" onClick={() => openUsers(target.name ?? '')}>
        {name}
      </Link>
    );
  if (targetType === 'settings' || targetType === 'catalog')
    return (
      <Link as="button" onClick={() => open(targetType)}>
        {name}
      </Link>
    );
  return <Text title={`${targetType} ${targetId}`}>{name}</Text>;
}
