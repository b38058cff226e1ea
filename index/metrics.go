package index

// Metrics are the metric names of FACTS.md, the values of a fact's
// "metric": what a metric filter may name.
var Metrics = []string{
	"party_branches", "party_general_branches", "party_groups", "party_members", "staff", "founded_year", "ranking",
	"party_members_active", "temporary_party_branches", "award", "party_secretary", "key_specialties", "beds",
	"outpatient_visits", "inpatient_discharges", "surgeries", "satisfaction_rate", "investment_yuan",
}

// KnownMetric reports whether m is one of Metrics.
func KnownMetric(m string) bool {
	for _, k := range Metrics {
		if k == m {
			return true
		}
	}
	return false
}
