/**
 * Merging the records of one person: survivorship rules per field ({@link
 * io.crmkit.identity.merge.Survivorship}), re-pointing of everything that belongs to the absorbed
 * records through the repository interfaces, a recorded and undoable merge ({@link
 * io.crmkit.identity.merge.MergeService}, {@link io.crmkit.identity.merge.MergeRecord}).
 */
package io.crmkit.identity.merge;
