import { tourMessages } from '../i18n/messages/tour';
import type { TourProblem } from '../state/tour/parseTour';
import type { Lang } from '../state/state';

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/**
 * The message shown when a tour file cannot be read, listing its first `limit` problems with 1-based
 * step numbers ("The tour could not be read: step 2, years: …"). The reasons stay in English: they
 * name JSON fields.
 */
export function formatTourProblems(problems: readonly TourProblem[], lang: Lang, limit = 3): string {
  const parts = problems
    .slice(0, limit)
    .map((problem) =>
      problem.step === null
        ? fill(tourMessages['Tour.ProblemTour'][lang], { field: problem.field || '—', reason: problem.reason })
        : fill(tourMessages['Tour.ProblemStep'][lang], { step: problem.step + 1, field: problem.field || '—', reason: problem.reason }),
    );
  if (problems.length > limit) parts.push('…');
  return fill(tourMessages['Tour.LoadFailed'][lang], { problems: parts.join(lang === 'zh' ? '；' : '; ') });
}
