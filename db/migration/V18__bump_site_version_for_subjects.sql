-- Subject pages, story pages (subject links, expanded coverage) and feeds show these tables, so
-- a change to any of them must change site_version like a change to a story does.
create trigger subject_changes_site after insert or update or delete on subject
    for each statement execute function bump_site_version();
create trigger person_changes_site after insert or update or delete on person
    for each statement execute function bump_site_version();
create trigger organization_changes_site after insert or update or delete on organization
    for each statement execute function bump_site_version();
create trigger event_changes_site after insert or update or delete on event
    for each statement execute function bump_site_version();
create trigger subject_alias_changes_site after insert or update or delete on subject_alias
    for each statement execute function bump_site_version();
create trigger subject_slug_alias_changes_site after insert or update or delete on subject_slug_alias
    for each statement execute function bump_site_version();
create trigger affiliation_changes_site after insert or update or delete on affiliation
    for each statement execute function bump_site_version();
create trigger event_participant_changes_site after insert or update or delete on event_participant
    for each statement execute function bump_site_version();
create trigger event_follow_up_changes_site after insert or update or delete on event_follow_up
    for each statement execute function bump_site_version();
create trigger article_mention_changes_site after insert or update or delete on article_mention
    for each statement execute function bump_site_version();
