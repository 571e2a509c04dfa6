// 解除登录限制: shown on a user whose sign-ins must wait after repeated wrong passwords; asks
// for confirmation, then calls unlockLogin (county admins only; audited by the server).
import LockOpenIcon from '@mui/icons-material/LockOpen';
import { useState } from 'react';
import { Button, Confirm, useNotify, useRecordContext, useRefresh, useTranslate, type HttpError } from 'react-admin';
import { gqlRequest } from '../graphql';
import { graphql } from '../gql';

const UNLOCK = graphql(`
  mutation UnlockLogin($username: String!) {
    unlockLogin(username: $username)
  }
`);

export const UnlockLoginButton = () => {
  const record = useRecordContext<{ username: string; displayName: string; loginBlockedUntil?: string | null }>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!record?.loginBlockedUntil || new Date(record.loginBlockedUntil) <= new Date()) return null;
  const confirm = async () => {
    setBusy(true);
    try {
      await gqlRequest(UNLOCK, { username: record.username });
      notify('cppcc.users.unlocked', { type: 'success' });
      refresh();
    } catch (e) {
      notify((e as HttpError).message, { type: 'error' });
    } finally {
      setBusy(false);
      setOpen(false);
    }
  };
  return (
    <>
      <Button
        label="cppcc.users.unlock"
        color="warning"
        onClick={(e) => {
          e.stopPropagation(); // the row itself opens the edit page
          setOpen(true);
        }}
      >
        <LockOpenIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={busy}
        title={translate('cppcc.users.unlock_title', { name: record.displayName || record.username })}
        content={translate('cppcc.users.unlock_content', {
          until: new Date(record.loginBlockedUntil).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' }),
        })}
        confirm="cppcc.users.unlock"
        onConfirm={confirm}
        onClose={(e: React.MouseEvent) => {
          e?.stopPropagation?.();
          setOpen(false);
        }}
      />
    </>
  );
};
