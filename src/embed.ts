/** Entry of embed.html: the embed view for portals' iframes, other options from the URL. */
import { boot } from './boot';

boot(true);
