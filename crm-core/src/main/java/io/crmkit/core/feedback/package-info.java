/** Survey answers (NPS, CSAT, free text) and the NPS/CSAT calculator. */
package io.crmkit.core.feedback;
