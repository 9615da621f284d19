/** The accounts sub-namespaces with flows: two-factor authentication (tfa), one-time codes (otp, auth). */
import type { AccountsFlow } from '../../index.js';

export const SUB_NAMESPACE_FLOWS: Readonly<Record<string, AccountsFlow>> = {};
