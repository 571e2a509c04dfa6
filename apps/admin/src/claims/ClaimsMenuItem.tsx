import { ClaimReview } from '@cppcc/domain';
import { WaitingMenuItem } from '../common/WaitingMenuItem';
import claims from './index';

/** 成果申报确认 in the menu; for those who decide, with the number of claims waiting. */
export const ClaimsMenuItem = () => (
  <WaitingMenuItem
    resource="claims"
    operation="confirmClaim"
    waiting={{ review: ClaimReview.PENDING }}
    icon={claims.icon}
    label="cppcc.claims.waiting"
  />
);
