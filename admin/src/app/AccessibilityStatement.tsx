import Typography from '@mui/material/Typography';
import Container from '@mui/material/Container';
import Link from '@mui/material/Link';
import { messages } from './messages';
import { usePageTitle } from './page-title';

/** The accessibility statement BITV NRW asks for, with its feedback channel; reachable without signing in. */
export function AccessibilityStatement({ standalone = false }: { standalone?: boolean }) {
  usePageTitle(messages.accessibility.title);
  const t = messages.accessibility;
  const body = (
    <>
      <Typography variant="h4" component="h1" gutterBottom>
        {t.title}
      </Typography>
      {t.body.map((p) => (
        <Typography key={p} sx={{ mb: 2 }}>
          {p}
        </Typography>
      ))}
      <Typography variant="h5" component="h2" gutterBottom>
        {t.feedbackTitle}
      </Typography>
      <Typography sx={{ mb: 2 }}>
        {t.feedback} <Link href={`mailto:${t.feedbackEmail}`}>{t.feedbackEmail}</Link>. {t.feedbackAnswer}
      </Typography>
      <Typography variant="h5" component="h2" gutterBottom>
        {t.enforcementTitle}
      </Typography>
      <Typography sx={{ mb: 2 }}>{t.enforcement}</Typography>
    </>
  );
  return standalone ? (
    <Container maxWidth="md" component="main" id="main" tabIndex={-1} sx={{ py: 4 }}>
      {body}
    </Container>
  ) : (
    body
  );
}
