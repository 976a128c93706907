/**
 * AWS Fargate Linux/x86 On-Demand prices per vCPU-hour and per GB-hour, as transcribed from the AWS
 * Fargate pricing page into theuves/fgcalc `src/utils/data.js` (file created 2021-01-09, last changed
 * in commit e29aefbd26f52d1fec2c826b2b0ae298d94ebe46 on 2021-01-14; GovCloud rows left out).
 * Generated once from that file; do not edit by hand.
 */
export const FARGATE_X86_2021_01: Readonly<
  Record<string, { readonly vcpu: string; readonly gb: string }>
> = {
  'af-south-1': { vcpu: '0.0546', gb: '0.006' },
  'ap-east-1': { vcpu: '0.0556', gb: '0.0061' },
  'ap-northeast-1': { vcpu: '0.05056', gb: '0.00553' },
  'ap-northeast-2': { vcpu: '0.04656', gb: '0.00511' },
  'ap-south-1': { vcpu: '0.04256', gb: '0.004655' },
  'ap-southeast-1': { vcpu: '0.05056', gb: '0.00553' },
  'ap-southeast-2': { vcpu: '0.04856', gb: '0.00532' },
  'ca-central-1': { vcpu: '0.04456', gb: '0.004865' },
  'eu-central-1': { vcpu: '0.04656', gb: '0.00511' },
  'eu-north-1': { vcpu: '0.0445', gb: '0.0049' },
  'eu-south-1': { vcpu: '0.0486', gb: '0.0053' },
  'eu-west-1': { vcpu: '0.04048', gb: '0.004445' },
  'eu-west-2': { vcpu: '0.04656', gb: '0.00511' },
  'eu-west-3': { vcpu: '0.0486', gb: '0.0053' },
  'me-south-1': { vcpu: '0.0526', gb: '0.0058' },
  'sa-east-1': { vcpu: '0.0696', gb: '0.0076' },
  'us-east-1': { vcpu: '0.04048', gb: '0.004445' },
  'us-east-2': { vcpu: '0.04048', gb: '0.004445' },
  'us-west-1': { vcpu: '0.04656', gb: '0.00511' },
  'us-west-2': { vcpu: '0.04048', gb: '0.004445' },
};
