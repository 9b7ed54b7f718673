import Typography from '@mui/material/Typography';
import { messages } from '../app/messages';
export default function PrivacyArea() {
  return <Typography variant="h4" component="h1">{messages.privacy.title}</Typography>;
}
