import * as ssm from 'aws-cdk-lib/aws-ssm';
import { Construct } from 'constructs';

/** SSM Parameter Store layout: `/aws-cost/<env>/config/<name>` (plain) and `.../secrets/<name>`. */
export function configParameterName(envName: string, name: string): string {
  return `/aws-cost/${envName}/config/${name}`;
}

/**
 * Secrets are SecureString parameters under this path. CloudFormation cannot create SecureString
 * values, so they are put out of band (README) and never appear in a template.
 */
export function secretsPath(envName: string): string {
  return `/aws-cost/${envName}/secrets/`;
}

export interface AppParametersProps {
  readonly envName: string;
  /** Parameter name (under config/) -> value; tokens are fine. */
  readonly values: Readonly<Record<string, string>>;
}

/** Non-secret configuration published for tools and clients (build scripts, README steps). */
export class AppParameters extends Construct {
  constructor(scope: Construct, id: string, props: AppParametersProps) {
    super(scope, id);
    for (const [name, value] of Object.entries(props.values)) {
      new ssm.StringParameter(this, name, {
        parameterName: configParameterName(props.envName, name),
        stringValue: value,
        description: `aws-cost ${props.envName}: ${name}`,
      });
    }
  }
}
