import { createServer } from 'node:net';
import { JavaMissingError, assertJava } from '../../../backend/local/emulators';
import { PortInUseError, assertPortFree, freePort } from '../../../backend/local/ports';

describe('local stack start-up errors say what to do', () => {
  it('names the port, the component and the variable to change when a port is taken', async () => {
    const port = await freePort();
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(port, '127.0.0.1', () => r()));
    try {
      const err = await assertPortFree(port, 'DynamoDB Local', 'DYNAMODB_PORT').catch(
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(PortInUseError);
      expect((err as Error).message).toContain(`Port ${port} (DynamoDB Local) is already in use`);
      expect((err as Error).message).toContain('DYNAMODB_PORT=<port> npm start');
    } finally {
      await new Promise<void>((r) => blocker.close(() => r()));
    }
    await expect(assertPortFree(port, 'DynamoDB Local', 'DYNAMODB_PORT')).resolves.toBeUndefined();
  });

  it('explains how to install Java when it is missing', () => {
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      expect(() => assertJava()).toThrow(JavaMissingError);
      expect(() => assertJava()).toThrow(/apt-get install -y openjdk-17-jre-headless/);
    } finally {
      process.env.PATH = path;
    }
    expect(() => assertJava()).not.toThrow();
  });
});
