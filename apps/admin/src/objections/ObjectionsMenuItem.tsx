import { ObjectionStatus } from '@cppcc/domain';
import { WaitingMenuItem } from '../common/WaitingMenuItem';
import objections from './index';

/** 数据异议 in the menu; for the county, with the number of objections waiting for an answer. */
export const ObjectionsMenuItem = () => (
  <WaitingMenuItem
    resource="objections"
    operation="acceptObjection"
    waiting={{ status: ObjectionStatus.OPEN }}
    icon={objections.icon}
    label="cppcc.objections.waiting"
  />
);
