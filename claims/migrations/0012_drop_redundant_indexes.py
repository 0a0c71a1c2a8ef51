# Both indexes are prefixes of wider ones (claim_due_idx on (last_checked_at, id) and
# claim_review_state_id_idx on (review_state, id)) that serve every query they served, and
# every check rewrote them: dropping them makes each verdict write cheaper.

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('claims', '0011_owed_check'),
    ]

    operations = [
        migrations.RemoveIndex(model_name='claim', name='claim_last_checked_idx'),
        migrations.RemoveIndex(model_name='claim', name='claim_review_state_idx'),
    ]
