import { ChecklistPage } from '@/src/checklist/ChecklistPage';
import { drawPage } from '@/src/ui/drawPage';

drawPage(() => <ChecklistPage />, 'checklist_page_title');
