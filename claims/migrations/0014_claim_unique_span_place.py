"""A claim is keyed by its span, measure and place: one figure gives one claim per place ("masing-masing 200
personel" after three sending regions, DESIGN 4.1), and the old key kept only the first place's claim."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("claims", "0013_subject_elderly")]

    operations = [
        migrations.RemoveConstraint(model_name="claim", name="claim_unique_span"),
        migrations.AddConstraint(
            model_name="claim",
            constraint=models.UniqueConstraint(
                fields=("article", "start", "end", "measure", "place"), name="claim_unique_span"
            ),
        ),
    ]
