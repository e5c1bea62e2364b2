/** Fills a template in one call, as the page and the writer do in two (placeholderFields at build time, fillPlaceholders in the browser). */
import { fillPlaceholders, placeholderFields, type FilledTemplate, type TemplateFields } from '../../src/lib/messages';

export function fillTemplate(body: string, fields: TemplateFields): FilledTemplate {
  return fillPlaceholders(body, fields, placeholderFields([body]));
}
