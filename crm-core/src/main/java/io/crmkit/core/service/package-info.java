/** Service requests (tickets) and their response- and resolution-time figures. */
package io.crmkit.core.service;
