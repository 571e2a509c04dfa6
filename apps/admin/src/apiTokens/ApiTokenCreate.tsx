import CheckIcon from '@mui/icons-material/Check';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  IconButton,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Create, useRedirect, useTranslate, type RaRecord } from 'react-admin';
import { Role } from '@cppcc/domain';
import { ApiTokenForm, apiTokenTransform } from './ApiTokenForm';

/** Copies text with the Clipboard API, or a hidden textarea where it is unavailable (http). */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    /* fall back */
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  return ok;
}

/** The secret, shown this once: copy it now, it cannot be read again. */
export const SecretDialog = ({
  created,
  onClose,
}: {
  created: { name: string; secret: string } | null;
  onClose: () => void;
}) => {
  const translate = useTranslate();
  const [copied, setCopied] = useState(false);
  const copy = async () => setCopied(await copyText(created?.secret ?? ''));
  return (
    <Dialog open={!!created} aria-labelledby="secret-title" maxWidth="md" fullWidth disableEscapeKeyDown>
      <DialogTitle id="secret-title">
        {translate('cppcc.tokens.secret_title', { name: created?.name ?? '' })}
      </DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate('cppcc.tokens.secret_once')}
        </Alert>
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
          <TextField
            value={created?.secret ?? ''}
            fullWidth
            slotProps={{
              htmlInput: {
                readOnly: true,
                'aria-label': translate('cppcc.tokens.secret'),
                style: { fontFamily: 'monospace' },
              },
            }}
            onFocus={(e) => e.target.select()}
          />
          <Tooltip title={translate(copied ? 'cppcc.tokens.copied' : 'cppcc.tokens.copy')}>
            <IconButton
              onClick={copy}
              color={copied ? 'success' : 'primary'}
              aria-label={translate('cppcc.tokens.copy')}
            >
              {copied ? <CheckIcon /> : <ContentCopyIcon />}
            </IconButton>
          </Tooltip>
        </Box>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
          {translate('cppcc.tokens.usage')}
        </Typography>
        <Box component="pre" sx={{ bgcolor: 'grey.100', p: 1, borderRadius: 1, fontSize: 12, overflowX: 'auto' }}>
          {`Authorization: Bearer ${created?.secret ?? ''}`}
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={copy} startIcon={<ContentCopyIcon />}>
          {translate('cppcc.tokens.copy')}
        </Button>
        <Button variant="contained" onClick={onClose}>
          {translate('cppcc.tokens.done')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

export const ApiTokenCreate = () => {
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const redirect = useRedirect();
  return (
    <>
      <Create
        transform={apiTokenTransform}
        mutationOptions={{
          onSuccess: (data: RaRecord) =>
            setCreated({ name: String(data.name ?? ''), secret: String(data.secret ?? '') }),
        }}
      >
        <ApiTokenForm defaultValues={{ role: Role.API_CLIENT, readOnly: true, personalData: false }} />
      </Create>
      <SecretDialog
        created={created}
        onClose={() => {
          setCreated(null);
          redirect('list', 'apiTokens');
        }}
      />
    </>
  );
};
