/** Entry of index.html: the full atlas, options from the URL. */
import { boot } from './boot';

boot(false);
