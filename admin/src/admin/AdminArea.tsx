import Typography from '@mui/material/Typography';
import { messages } from '../app/messages';
export default function AdminArea() {
  return <Typography variant="h4" component="h1">{messages.admin.title}</Typography>;
}
