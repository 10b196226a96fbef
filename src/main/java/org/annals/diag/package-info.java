/** Says what went wrong and where: {@code path:line:col: severity: message}, bounded, one exception per stage. */
package org.annals.diag;
