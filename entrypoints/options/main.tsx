import { OptionsPage } from '@/src/clinic/OptionsPage';
import { drawPage } from '@/src/ui/drawPage';

drawPage(() => <OptionsPage />, 'options_title');
