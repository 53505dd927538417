-- A caption or credit edited on an image in use changes what readers see: move the site's
-- version, as story and subject changes do. A new upload shows nowhere yet, so inserts do not.
create trigger image_changes_site after update or delete on image
    for each statement execute function bump_site_version();
