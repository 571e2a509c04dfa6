import AttachFileIcon from '@mui/icons-material/AttachFile';
import CloseIcon from '@mui/icons-material/Close';
import { Alert, Box, Button, IconButton, LinearProgress, Stack, Typography } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import { useInput, useTranslate } from 'react-admin';
import {
  FILE_ACCEPT,
  attachmentIdsOf,
  formatFileSize,
  updateItem,
  uploadAttachment,
  type UploadItem,
} from './attachments';

let nextKey = 0;

/**
 * Picks files and uploads each at once to POST /files (progress and the server's refusal per
 * file); the form field `source` holds the ids of those uploaded, which the mutation binds to
 * its record. A file removed here stays unbound on the server and is swept after 24 hours.
 */
export const AttachmentsInput = ({ source, label }: { source: string; label?: string }) => {
  const translate = useTranslate();
  const { field } = useInput<string[]>({ source, defaultValue: [] });
  const [items, setItems] = useState<UploadItem[]>([]);
  const picker = useRef<HTMLInputElement>(null);
  const { onChange } = field;

  useEffect(() => {
    onChange(attachmentIdsOf(items));
  }, [items, onChange]);

  const add = (files: FileList | null) => {
    for (const file of Array.from(files ?? [])) {
      const key = `f${nextKey++}`;
      const base = { key, name: file.name, size: file.size };
      setItems((all) => [...all, { ...base, state: 'uploading', percent: 0 }]);
      uploadAttachment(file, (percent) =>
        setItems((all) => updateItem(all, key, { ...base, state: 'uploading', percent })),
      ).then(
        (attachment) => setItems((all) => updateItem(all, key, { ...base, state: 'done', attachment })),
        (error: Error) => setItems((all) => updateItem(all, key, { ...base, state: 'failed', message: error.message })),
      );
    }
    if (picker.current) picker.current.value = '';
  };

  return (
    <Box sx={{ my: 1 }}>
      <Typography variant="body2" color="text.secondary" gutterBottom>
        {label ?? translate('cppcc.attachments.label')}
      </Typography>
      <Stack spacing={1}>
        {items.map((item) => (
          <Box key={item.key} sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
            <Box sx={{ flex: 1, minWidth: 0 }}>
              <Typography variant="body2" noWrap>
                {item.name}（{formatFileSize(item.size)}）
              </Typography>
              {item.state === 'uploading' && (
                <LinearProgress
                  variant="determinate"
                  value={item.percent}
                  aria-label={translate('cppcc.attachments.uploading', { percent: item.percent })}
                />
              )}
              {item.state === 'failed' && (
                <Alert severity="error" sx={{ py: 0 }}>
                  {translate('cppcc.attachments.failed', { message: item.message })}
                </Alert>
              )}
            </Box>
            {item.state !== 'uploading' && (
              <IconButton
                size="small"
                aria-label={translate('cppcc.attachments.remove')}
                onClick={() => setItems((all) => all.filter((i) => i.key !== item.key))}
              >
                <CloseIcon fontSize="small" />
              </IconButton>
            )}
          </Box>
        ))}
      </Stack>
      <Button size="small" startIcon={<AttachFileIcon />} onClick={() => picker.current?.click()} sx={{ mt: 1 }}>
        {translate('cppcc.attachments.add')}
      </Button>
      <input
        ref={picker}
        type="file"
        multiple
        hidden
        accept={FILE_ACCEPT}
        onChange={(e) => add(e.currentTarget.files)}
      />
      <Typography variant="caption" display="block" color="text.secondary">
        {translate('cppcc.attachments.hint')}
      </Typography>
    </Box>
  );
};
