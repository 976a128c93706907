import { randomUUID } from 'node:crypto';
import type { IdentityAdmin } from '../../backend/ports/identity-admin';
import { DirectoryUserExistsError } from '../../backend/ports/identity-admin';

/**
 * The IdentityAdmin contract (the user pool). The real pool is shared with other tests, so every
 * case works on accounts with its own unique email prefix.
 */
export function identityAdminContract(name: string, setup: () => Promise<IdentityAdmin>): void {
  describe(`IdentityAdmin contract: ${name}`, () => {
    const prefix = () => `ct-${randomUUID().slice(0, 8)}`;
    const invite = (dir: IdentityAdmin, email: string, role: 'Admin' | 'Sales' = 'Sales') =>
      dir.invite({ email, firstName: 'Ana', lastName: 'Lima', role });

    it('invites an account with its role, names and a sub, and refuses the same email twice', async () => {
      const dir = await setup();
      const email = `${prefix()}@example.com`;
      const made = await invite(dir, email, 'Admin');
      expect(made).toMatchObject({
        email,
        firstName: 'Ana',
        lastName: 'Lima',
        role: 'Admin',
        enabled: true,
        invited: true,
      });
      expect(made.sub).not.toBe('');
      expect(Number.isNaN(Date.parse(made.createdAt))).toBe(false);
      await expect(invite(dir, email)).rejects.toBeInstanceOf(DirectoryUserExistsError);
    });

    it('lists every account of an email prefix across pages, each once', async () => {
      const dir = await setup();
      const p = prefix();
      const emails = [1, 2, 3].map((i) => `${p}-${i}@example.com`);
      for (const e of emails) await invite(dir, e);
      const seen: string[] = [];
      let token: string | undefined;
      let pages = 0;
      do {
        const page = await dir.listUsers({ limit: 2, emailPrefix: p, token });
        seen.push(...page.users.map((u) => u.email));
        token = page.nextToken ?? undefined;
        pages += 1;
      } while (token && pages < 10);
      expect(seen.sort()).toEqual(emails);
    });

    it('finds an account by sub and shows role and enabled changes', async () => {
      const dir = await setup();
      const made = await invite(dir, `${prefix()}@example.com`);
      expect(await dir.findBySub(randomUUID())).toBeNull();
      await dir.setRole(made.username, 'Admin');
      await dir.setEnabled(made.username, false);
      expect(await dir.findBySub(made.sub)).toMatchObject({ role: 'Admin', enabled: false });
      await dir.setEnabled(made.username, true);
      expect(await dir.findBySub(made.sub)).toMatchObject({ enabled: true });
    });
  });
}
