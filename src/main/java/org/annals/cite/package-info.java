/** Citations of papers and their references: APA and Chicago text, BibTeX, RIS and CSL-JSON; pure. */
package org.annals.cite;
